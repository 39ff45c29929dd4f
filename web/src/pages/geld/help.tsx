/** Help at language level B1 under the headings of the money pages: what the page is for, what its figures mean. */
import { Paragraph } from '@utrecht/component-library-react';
import { PageHelp } from '../../components/PageHelp';

export function FundingHelp() {
  return (
    <PageHelp>
      <Paragraph>
        Soms betaalt de ene aanbieder een andere aanbieder, bijvoorbeeld een zorgaanbieder een vrijwilligersorganisatie. Dat heet een
        financieringsafspraak. De betalende aanbieder stelt de afspraak voor, de ontvangende aanbieder stemt ermee in.
      </Paragraph>
      <Paragraph>
        &lsquo;Bedrag&rsquo; is wat voor de hele periode is afgesproken. &lsquo;Betaald&rsquo; is wat de betalende aanbieder tot nu toe heeft betaald.
        Alleen de twee aanbieders en de regisseur zien een afspraak.
      </Paragraph>
    </PageHelp>
  );
}

export function AgreementHelp() {
  return (
    <PageHelp>
      <Paragraph>Op deze pagina ziet u één financieringsafspraak tussen twee aanbieders en alle betalingen die erop zijn gedaan.</Paragraph>
      <Paragraph>
        De ontvangende aanbieder stemt in met een voorstel. Daarna legt de betalende aanbieder elke betaling vast. Samen betalen zij nooit meer dan
        het afgesproken bedrag. Elk van beide aanbieders kan de afspraak beëindigen; dat kan niet ongedaan worden gemaakt.
      </Paragraph>
    </PageHelp>
  );
}

export function ProposeHelp() {
  return (
    <PageHelp>
      <Paragraph>Hier stelt u voor dat uw organisatie geld betaalt aan een andere aanbieder, voor een doel en een periode.</Paragraph>
      <Paragraph>
        Dat kan alleen onder een convenant dat in werking is, en alleen aan een andere partij van dat convenant. De periode moet binnen het convenant
        vallen. De andere aanbieder moet daarna nog instemmen.
      </Paragraph>
    </PageHelp>
  );
}

export function FlowsHelp() {
  return (
    <PageHelp>
      <Paragraph>Deze pagina laat zien welke aanbieder hoeveel geld aan een andere aanbieder betaalt, in de periode die u kiest.</Paragraph>
      <Paragraph>
        &lsquo;Afgesproken&rsquo; is het deel van de afspraken dat in de periode valt, naar rato van het aantal dagen. &lsquo;Betaald&rsquo; zijn de
        betalingen met een datum in de periode. &lsquo;Saldo&rsquo; is wat een aanbieder ontvangt min wat hij betaalt: een positief saldo betekent dat
        er meer binnenkomt dan er uitgaat.
      </Paragraph>
    </PageHelp>
  );
}

export function PlansHelp() {
  return (
    <PageHelp>
      <Paragraph>
        Elke aanbieder maakt per jaar een jaarplan met doelen en een begroting. De regisseur stelt het plan vast. Daarna legt de aanbieder elk
        kwartaal verantwoording af, en bespreekt de regisseur die met het bestuur, het hoofd financiën en de kerngroep.
      </Paragraph>
      <Paragraph>
        Per kwartaal ziet u hoe het ervoor staat. &lsquo;Nu indienen&rsquo;: het kwartaal is voorbij en de verantwoording kan worden ingediend.
        &lsquo;Te laat&rsquo;: de uiterste datum is voorbij en er is nog niets ingediend. Bij elk kwartaal staat tot wanneer u de verantwoording kunt
        indienen.
      </Paragraph>
    </PageHelp>
  );
}

export function PlanHelp() {
  return (
    <PageHelp>
      <Paragraph>Op deze pagina ziet u één jaarplan: de doelen, de begroting en de verantwoording per kwartaal.</Paragraph>
      <Paragraph>
        &lsquo;Uitgegeven&rsquo; berekent het systeem uit de maandrapportages van de arrangementen. &lsquo;Begroot&rsquo; is het deel van de
        jaarbegroting dat bij het kwartaal hoort. Een verschil boven nul betekent dat er meer is uitgegeven dan begroot.
      </Paragraph>
    </PageHelp>
  );
}

export function PlanNewHelp({ regisseur }: { regisseur: boolean }) {
  return (
    <PageHelp>
      <Paragraph>
        Een jaarplan zegt wat {regisseur ? 'een aanbieder of de gemeente' : 'uw organisatie'} in een jaar wil bereiken en wat dat mag kosten. Geef elk
        doel een streefwaarde, zodat u per kwartaal kunt laten zien hoe ver u bent. De regisseur stelt het plan daarna vast.
      </Paragraph>
    </PageHelp>
  );
}
