import { Paragraph } from '@utrecht/component-library-react';
import { ACCESS_LINK_TEXTS } from '@regiekamer/texts';
import { Notice } from '../../components/Form';
import { Link } from '../../lib/router';

const STATE_TEXTS = {
  UNKNOWN: ACCESS_LINK_TEXTS.linkUnknown,
  EXPIRED: ACCESS_LINK_TEXTS.linkExpired,
  USED: ACCESS_LINK_TEXTS.linkUsed,
} as const;

/** Why a mailed link does not work (unknown, expired, used), and the way on. */
export function LinkNotUsable({ state, again }: { state: keyof typeof STATE_TEXTS; again?: { to: string; label: string } }) {
  return (
    <>
      <Notice type="warning">{STATE_TEXTS[state]}</Notice>
      <Paragraph>
        {again && (
          <>
            <Link to={again.to}>{again.label}</Link>
            {' · '}
          </>
        )}
        <Link to="/">{ACCESS_LINK_TEXTS.toLogin}</Link>
      </Paragraph>
    </>
  );
}
