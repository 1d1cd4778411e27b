/** Free tags: each with a remove button, and a field to add one. */
import { useId, useState } from 'react';

interface Props {
  readonly tags: readonly string[];
  readonly onChange: (tags: readonly string[]) => void;
  readonly error?: string | undefined;
}

/** Adding a tag the student already has does nothing; tags keep the order they were added in. */
export function TagEditor({ tags, onChange, error }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const add = (): void => {
    const tag = text.trim();
    if (tag && !tags.includes(tag)) onChange([...tags, tag]);
    setText('');
  };
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>Tags</label>
      <ul className="tag-list" aria-label="Tags">
        {tags.length === 0 && <li className="muted">No tags</li>}
        {tags.map((t) => (
          <li key={t} className="tag">
            {t}
            <button type="button" className="tag-remove" aria-label={`Remove tag ${t}`} title={`Remove tag ${t}`} onClick={() => onChange(tags.filter((x) => x !== t))}>
              ✕
            </button>
          </li>
        ))}
      </ul>
      <div className="tag-add">
        <input
          id={id}
          value={text}
          maxLength={100}
          placeholder="New tag"
          onChange={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            // Enter adds the tag instead of saving the whole form.
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" onClick={add} disabled={!text.trim()}>
          Add tag
        </button>
      </div>
      {error && <p className="field-error">{error}</p>}
    </div>
  );
}
