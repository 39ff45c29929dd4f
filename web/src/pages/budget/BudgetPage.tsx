import { useQuery } from '@apollo/client/react';
import { BUDGET_PAGE_TEXTS as W, BUDGET_TEXTS as T, formatText } from '@regiekamer/texts';
import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Notice, SelectField } from '../../components/Form';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/States';
import { useViewer } from '../../lib/session';
import { AllocationForm } from './AllocationForm';
import { AllocationTable, ReallocationTable } from './BudgetTables';
import { BUDGET_CONVENANTS, BUDGET_OF_CONVENANT } from './budget.documents';
import { ReallocateForm } from './ReallocateForm';
import { defaultConvenant } from './budget-choices';
import type { BudgetConvenant } from './types';

/** The convenant's budget per provider and product category; the regisseur allocates and reallocates here. */
export function BudgetPage() {
  const viewer = useViewer();
  const query = useQuery(BUDGET_CONVENANTS);
  const [chosen, setChosen] = useState('');
  return (
    <>
      <PageHeading title={T.title} />
      <Paragraph>{viewer.role === 'PROVIDER_REP' ? T.introRep : T.intro}</Paragraph>
      <QueryState query={query} what={W.convenantsWhat}>
        {(data) => {
          const convenants = data.convenants.edges.map((e) => e.node).filter((c) => c.status !== 'ENDED');
          const convenant = convenants.find((c) => c.id === chosen) ?? defaultConvenant(convenants);
          if (!convenant) return <Paragraph>{T.noConvenant}</Paragraph>;
          return (
            <>
              {convenants.length > 1 && (
                <div className="search-form">
                  <SelectField
                    formId="budget"
                    name="convenant"
                    label={T.convenantLabel}
                    errors={[]}
                    value={convenant.id}
                    onChange={(v) => setChosen(v)}
                    options={convenants.map((c) => ({ value: c.id, label: c.title }))}
                  />
                </div>
              )}
              <ConvenantBudget convenant={convenant} mayEdit={viewer.role === 'REGISSEUR'} showTotals={viewer.role !== 'PROVIDER_REP'} />
            </>
          );
        }}
      </QueryState>
    </>
  );
}

function ConvenantBudget({ convenant, mayEdit, showTotals }: { convenant: BudgetConvenant; mayEdit: boolean; showTotals: boolean }) {
  const query = useQuery(BUDGET_OF_CONVENANT, { variables: { convenantId: convenant.id } });
  const [notice, setNotice] = useState<string | null>(null);
  const done = (text: string) => {
    setNotice(text);
    void query.refetch().catch(() => {});
  };
  return (
    <QueryState query={query} what={W.budgetWhat}>
      {(data) => {
        const allocated = data.budgetAllocations.reduce((sum, a) => sum + a.amountCents, 0);
        return (
          <>
            {showTotals && (
              <Paragraph>
                {formatText(T.budgetLine, {
                  budget: convenant.budgetCents / 100,
                  allocated: allocated / 100,
                  rest: (convenant.budgetCents - allocated) / 100,
                })}
              </Paragraph>
            )}
            {notice && <Notice>{notice}</Notice>}
            <AllocationTable allocations={data.budgetAllocations} />
            {mayEdit && (
              <div className="section">
                <AllocationForm convenant={convenant} onDone={done} />
              </div>
            )}
            {mayEdit && (
              <div className="section">
                <ReallocateForm allocations={data.budgetAllocations} onDone={done} />
              </div>
            )}
            <div className="section">
              <ReallocationTable reallocations={data.budgetReallocations} />
            </div>
          </>
        );
      }}
    </QueryState>
  );
}
