import { planProblems, planRhythm, proposalState } from '../../../seeds/demo-rhythm';
import { isWorkday, type Cast } from '../../../seeds/demo-rhythm.plan';
import { addDays } from '../../../seeds/random';

/** The demo's rhythm is planned relative to today: it must hold on every day, weekends and holidays included. */

const cast: Cast = {
  municipality: 'Gemeente Proef',
  regisseur: { id: 1, name: 'Regisseur' },
  analyst: { id: 2, name: 'Analist' },
  reps: Array.from({ length: 10 }, (_, i) => ({ id: 10 + i, name: `Vertegenwoordiger ${i}`, provider: `Aanbieder ${i}` })),
  coaches: ['Procesbegeleider A', 'Procesbegeleider B'],
  council: { id: 3, name: 'Lid van de cliëntenraad' },
};

const DAYS = Array.from({ length: 3 * 366 }, (_, i) => addDays('2026-01-01', i));
const PLANS = DAYS.map((today) => ({ today, plan: planRhythm(today, cast) }));

describe('the demo rhythm, planned for every day of 2026-2028', () => {
  it('keeps the rules of the six-week cycle and puts nothing recorded in the future', () => {
    const failing = PLANS.map(({ today, plan }) => [today, planProblems(plan, today)] as const).filter(([, p]) => p.length > 0);
    expect(failing.slice(0, 3)).toEqual([]);
  });

  it('plans every meeting on a workday, three months back to about two ahead, with minutes exactly for the ones held', () => {
    for (const { today, plan } of PLANS) {
      const { meetings } = plan;
      const off = meetings.filter((m) => !isWorkday(m.heldOn) || m.heldOn < addDays(today, -92) || m.heldOn > addDays(today, 72));
      expect(off).toEqual([]);
      expect(meetings.filter((m) => (m.minutes !== null) !== m.heldOn < today)).toEqual([]);
      const kinds = new Set(meetings.map((m) => m.kind));
      expect([...kinds].sort()).toEqual(['AD_HOC', 'BELEIDSOVERLEG', 'KERNGROEP', 'PODIUM', 'PROVIDER_OVERLEG', 'QUARTERLY', 'RESIDENTS_MEETING']);
      expect(meetings.filter((m) => m.kind === 'BELEIDSOVERLEG' && m.heldOn < today).length).toBeGreaterThanOrEqual(2);
      expect(meetings.filter((m) => m.kind === 'BELEIDSOVERLEG' && m.heldOn > today).length).toBeGreaterThanOrEqual(1);
      expect(meetings.filter((m) => m.kind === 'PROVIDER_OVERLEG').length).toBeGreaterThanOrEqual(5);
    }
  });

  it('has a proposal in each stage of the cycle, exactly one of them late', () => {
    for (const today of ['2026-03-29', '2026-06-15', '2026-12-24', '2027-01-01']) {
      const { proposals } = planRhythm(today, cast);
      const stage = proposals.map((p) => [proposalState(p).status, new Set(p.perspectives.map((v) => v.side)).size, p.urgent, p.overdue]);
      expect(stage).toEqual([
        ['SUBMITTED', 0, false, false],
        ['SUBMITTED', 2, false, false],
        ['SUBMITTED', 3, true, false],
        ['FED_BACK', 3, false, false],
        ['SUBMITTED', 2, false, true],
        ['CLOSED', 3, false, false],
        ['CLOSED', 3, false, false],
      ]);
    }
  });

  it('has open actions (one due tomorrow), exactly one late, and closed ones', () => {
    for (const { today, plan } of PLANS) {
      const { actions } = plan;
      const open = actions.filter((x) => x.status === 'OPEN');
      expect(open.filter((x) => x.dueOn < today)).toHaveLength(1);
      expect(open.filter((x) => x.dueOn === addDays(today, 1))).toHaveLength(1);
      expect(actions.filter((x) => x.status !== 'OPEN').length).toBeGreaterThanOrEqual(4);
      expect(actions.filter((x) => x.ownerUserId === cast.regisseur.id && x.status === 'OPEN').length).toBeGreaterThanOrEqual(2);
    }
  });

  it('is the same plan for the same day', () => {
    expect(planRhythm('2026-06-15', cast)).toEqual(planRhythm('2026-06-15', cast));
  });
});
