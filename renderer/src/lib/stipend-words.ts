/** Stipend rules in the words a business office uses: "$400 per club", "$26 an hour, up to 150 h". */
import type { StipendRule } from '../../../shared/domain/types';
import { assertNever } from '../../../shared/domain/ids';
import { formatDollars } from './format';

export function describeAmount(amount: StipendRule['amount']): string {
  switch (amount.kind) {
    case 'flat':
      return `${formatDollars(amount.amount)} per club`;
    case 'tiered':
      return `Tiers: ${amount.tiers.map((t) => `${t.name} ${formatDollars(t.amount)}`).join(' / ')}`;
    case 'percent-of-salary':
      return `${amount.steps.map((s) => `${s.percent}%`).join(' to ')} of base salary, by years in the position`;
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
