/** Help at language level B1 under the headings of the money pages: what the page is for, what its figures mean. */
import { Paragraph } from '@utrecht/component-library-react';
import { GELD_HELP_TEXTS as T } from '@regiekamer/texts';
import { PageHelp } from '../../components/PageHelp';

export function FundingHelp() {
  return (
    <PageHelp>
      <Paragraph>{T.fundingIntro}</Paragraph>
      <Paragraph>{T.fundingFigures}</Paragraph>
    </PageHelp>
  );
}

export function AgreementHelp() {
  return (
    <PageHelp>
      <Paragraph>{T.agreementIntro}</Paragraph>
      <Paragraph>{T.agreementSteps}</Paragraph>
    </PageHelp>
  );
}

export function ProposeHelp() {
  return (
    <PageHelp>
      <Paragraph>{T.proposeIntro}</Paragraph>
      <Paragraph>{T.proposeRules}</Paragraph>
    </PageHelp>
  );
}

export function FlowsHelp() {
  return (
    <PageHelp>
      <Paragraph>{T.flowsIntro}</Paragraph>
      <Paragraph>{T.flowsFigures}</Paragraph>
    </PageHelp>
  );
}

export function PlansHelp() {
  return (
    <PageHelp>
      <Paragraph>{T.plansIntro}</Paragraph>
      <Paragraph>{T.plansQuarters}</Paragraph>
    </PageHelp>
  );
}

export function PlanHelp() {
  return (
    <PageHelp>
      <Paragraph>{T.planIntro}</Paragraph>
      <Paragraph>{T.planFigures}</Paragraph>
    </PageHelp>
  );
}

export function PlanNewHelp({ regisseur }: { regisseur: boolean }) {
  return (
    <PageHelp>
      <Paragraph>{regisseur ? T.planNewRegisseur : T.planNewOwn}</Paragraph>
    </PageHelp>
  );
}
