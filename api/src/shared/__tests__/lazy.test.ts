import { lazyMembers } from '../lazy';

describe('lazyMembers', () => {
  it('builds a member from the deps on first access only, once per instance', () => {
    const built: string[] = [];
    const Members = lazyMembers<{ name: string }>()({
      greeting: ({ name }) => {
        built.push(`greeting:${name}`);
        return { text: `hallo ${name}` };
      },
      unused: () => {
        built.push('unused');
        return {};
      },
    });
    const a = new Members({ name: 'a' });
    const b = new Members({ name: 'b' });
    expect(built).toEqual([]);
    expect(a.greeting.text).toBe('hallo a');
    expect(a.greeting).toBe(a.greeting);
    expect(b.greeting.text).toBe('hallo b');
    expect(built).toEqual(['greeting:a', 'greeting:b']);
  });
});
