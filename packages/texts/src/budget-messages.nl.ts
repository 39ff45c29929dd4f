import type { MessageText } from './messages.nl';

const EUR = (name: string) => `{${name}, number, ::currency/EUR}`;
const cents = (...names: string[]) => (v: Record<string, string | number>) => ({
  ...v,
  ...Object.fromEntries(names.map((n) => [n, Number(v[n]) / 100])),
});

/** The Dutch texts of the budget per provider and the waiting list (#21): the API's messages (the pages' are in budget.nl.ts). */
export const BUDGET_MESSAGE_TEXTS: readonly MessageText[] = [
  { api: '"{name}" is not a convenant id.', nl: 'Dit convenant bestaat niet.' },
  { api: 'No budget allocation with this id.', nl: 'Deze verdeling van het budget bestaat niet.' },
  { api: 'Money moves between two different allocations.', nl: 'Kies twee verschillende posten om geld tussen te verschuiven.' },
  { api: 'Both allocations must belong to the same convenant.', nl: 'Beide posten moeten bij hetzelfde convenant horen.' },
  { api: 'A reallocation is made while the convenant is in force.', nl: 'Herverdelen kan alleen zolang het convenant van kracht is.' },
  { api: 'A rejected decision cannot back a reallocation.', nl: 'Een afgewezen besluit kan geen herverdeling onderbouwen. Kies het besluit waaruit de herverdeling volgt.' },
  { api: 'The amount is more than the allocation it comes from.', nl: 'Het bedrag is hoger dan wat er op de post staat waar het vandaan komt.' },
  { api: 'The convenant has ended: its budget is no longer allocated.', nl: 'Het convenant is beëindigd: het budget wordt niet meer verdeeld.' },
  { api: 'The provider is not a party to this convenant.', nl: 'Deze aanbieder is geen partij bij dit convenant.' },
  {
    api: "The allocations together would exceed the convenant's budget by {excess} cents.",
    nl: `Samen zouden de verdelingen het budget van het convenant met ${EUR('excess')} overschrijden.`,
    values: cents('excess'),
  },
  {
    api: "The plan's budget of {budget} cents is above the provider's allocation of {allocation} cents for {year}.",
    nl: `Het budget van het jaarplan (${EUR('budget')}) is hoger dan het deel van het convenant dat voor {year, number, ::group-off} aan deze aanbieder is toegekend (${EUR('allocation')}).`,
    values: cents('budget', 'allocation'),
  },
  { api: 'No waiting request with this id.', nl: 'Deze aanvraag staat niet (meer) op de wachtlijst.' },
  { api: 'This provider already has an allocation for this category.', nl: 'Deze aanbieder heeft al een budget voor deze productcategorie.' },
  { api: 'This request has a priority and note already.', nl: 'Deze aanvraag heeft al een prioriteit en notitie. Laad de wachtlijst opnieuw.' },
  { api: 'The waiting norm is set already.', nl: 'De wachtnorm is al ingesteld. Laad de pagina opnieuw.' },
];
