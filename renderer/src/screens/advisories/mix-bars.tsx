/**
 * The group's subgroup mix as bars: the fill is the group's share, the tick the school's share for
 * the year. While a drag hovers the card, the fill shows the share after the drop.
 */
import { memo } from 'react';
import type { MixShare } from '../../lib/board/board-types';
import { mixWords, percent } from '../../lib/board/group-stats';

interface Props {
  readonly mix: readonly MixShare[];
  /** The mix after the hovered drop, or null. */
  readonly preview: readonly MixShare[] | null;
  readonly yearLabel: string;
}

// A share this far from the school's is worth a glance (15 points: about 2 students in a group of 14).
const FAR = 0.15;

function width(share: number | null): string {
  return `${Math.round((share ?? 0) * 1000) / 10}%`;
}

/** Four bars: female, economically disadvantaged, IEP/504, English learners. */
export const MixBars = memo(function MixBars({ mix, preview, yearLabel }: Props) {
  return (
    <ul className="mix-bars" aria-label="Mix compared with the school">
      {mix.map((m, i) => {
        const next = preview?.[i] ?? null;
        const shown = next ?? m;
        const far = shown.share !== null && shown.schoolShare !== null && Math.abs(shown.share - shown.schoolShare) > FAR;
        const words = mixWords[m.key];
        const title = `${words.long}: ${m.count} (${percent(m.share)})${next ? `, would be ${next.count} (${percent(next.share)})` : ''}; whole school ${percent(m.schoolShare)} in ${yearLabel}`;
        return (
          <li key={m.key} className={`mix-row${far ? ' is-far' : ''}${next ? ' is-preview' : ''}`} title={title}>
            <span className="mix-label">{words.short}</span>
            <span className="mix-track" aria-hidden="true">
              <span className="mix-fill" style={{ width: width(shown.share) }} />
              {m.schoolShare !== null && <span className="mix-tick" style={{ left: width(m.schoolShare) }} />}
            </span>
            <span className="mix-value">
              {next ? `→ ${percent(next.share)}` : percent(m.share)}
              <span className="visually-hidden">, school {percent(m.schoolShare)}</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
});
