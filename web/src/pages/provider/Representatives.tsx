/** A provider's representatives, one a line, each with a mail link; one element, so a card shows it beside its label. */
export function Representatives({ people }: { people: readonly { name: string; email: string }[] }) {
  if (people.length === 0) return '—';
  return (
    <span>
      {people.map((r) => (
        <span key={r.email} className="representative">
          {r.name} (
          <a className="utrecht-link" href={`mailto:${r.email}`}>
            {r.email}
          </a>
          )
        </span>
      ))}
    </span>
  );
}
