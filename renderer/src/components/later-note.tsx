/** The one honest sentence on screens whose full tools are not built yet. */
interface Props {
  readonly tools: string;
}

export function LaterNote({ tools }: Props) {
  return (
    <p className="later-note">
      <strong>Coming later:</strong> {tools} arrive in a later release. The figures above are from your school’s data.
    </p>
  );
}
