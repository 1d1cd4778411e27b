/** The read in progress, inside the wizard. */
import { InlineTaskProgress } from '../components/inline-task-progress';

export function ReadingProgress() {
  return <InlineTaskProgress label="Reading the import" stopText="Stop reading" note="Nothing changes in the school until you press Import." bytesOver={10_000} />;
}
