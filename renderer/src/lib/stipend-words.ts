/** Stipend rules in the words a business office uses: "$400 per club", "$26 an hour, up to 150 h". */
import type { StipendRule } from '../../../shared/domain/types';
import { assertNever } from '../../../shared/domain/ids';
import { formatDollars } from './format';

type Steps = Extract<StipendRule['amount'], { kind: 'percent-of-salary' }>['steps'];

/** "2% of base salary, 2.5% after 3 years in the position, 3% after 6 years". */
function percentSteps(steps: Steps): string {
  const sorted = [...steps].sort((a, b) => a.minYears - b.minYears);
  return sorted
    .map((s, i) => (i === 0 && s.minYears === 0 ? `${s.percent}% of base salary` : `${s.percent}% after ${s.minYears} years in the position`))
    .join(', ');
}

export function describeAmount(amount: StipendRule['amount']): string {
  switch (amount.kind) {
    case 'flat':
      return `${formatDollars(amount.amount)} per club`;
    case 'tiered':
      return `Tiers: ${amount.tiers.map((t) => `${t.name} ${formatDollars(t.amount)}`).join(' / ')}`;
    case 'percent-of-salary':
      return percentSteps(amount.steps);
    case 'hourly':
      return `${formatDollars(amount.rate)} an hour, up to ${amount.maxHours} hours`;
    default:
      return assertNever(amount, 'stipend amount');
  }
}

const splitWords: Readonly<Record<StipendRule['split'], string>> = {
  equal: 'co-sponsors split it equally',
  custom: 'co-sponsors split it by set percentages',
  'lead-assistant-3-2': 'lead and assistant split it 3 : 2',
};

export function describeSplit(split: StipendRule['split']): string {
  return splitWords[split];
}

export function describeCap(cap: StipendRule['cap']): string {
  switch (cap.kind) {
    case 'none':
      return 'no cap';
    case 'one-stipend':
      return 'one stipend per person, however many clubs';
    case 'max-clubs':
      return `paid for at most ${cap.max} clubs per person`;
    default:
      return assertNever(cap, 'stipend cap');
  }
}
