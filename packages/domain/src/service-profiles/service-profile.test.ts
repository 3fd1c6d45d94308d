import { describe, expect, it } from 'vitest';
import { ageBandOf } from './profile-vocabulary.js';
import { changedProfileFields, combineProfile, derivedTags, emptyProfile, profileSummary } from './service-profile.js';

describe('the service profile', () => {
  it('elderly and children follow the members by birth year or age band', () => {
    expect(derivedTags([{ name: '吴老先生', relation: 'parent', ageBand: '70to79' }], '2026-03-01')).toEqual(['elderly']);
    expect(derivedTags([{ name: '吴奶奶', relation: 'parent', birthday: { calendar: 'lunar', year: 1962, month: 8, day: 15 } }], '2026-03-01')).toEqual(['elderly']);
    expect(derivedTags([{ name: '小吴', relation: 'child', ageBand: '6to17' }, { name: '吴先生', relation: 'self', ageBand: '40to59' }], '2026-03-01')).toEqual(['children']);
    expect(derivedTags([{ name: '某', relation: 'self' }], '2026-03-01')).toEqual([]);
  });

  it('the butler record and the answers combine: the butler wins on the same member, phrases once, tags in vocabulary order', () => {
    const recorded = { ...emptyProfile(), members: [{ name: '吴先生', relation: 'self' as const, notes: '喜欢早起' }], needs: ['生日祝贺'], tags: ['busy' as const], notes: '门口放鞋套' };
    const answered = {
      ...emptyProfile(),
      members: [{ name: '吴先生', relation: 'self' as const }, { name: '吴老太', relation: 'parent' as const, ageBand: '80plus' as const }],
      needs: ['生日祝贺', '物品代购'],
      tags: ['sporty' as const],
      notes: '希望安静',
    };
    const c = combineProfile(recorded, answered, '2026-03-01');
    expect(c.members.map((m) => m.name)).toEqual(['吴先生', '吴老太']);
    expect(c.members[0]!.notes).toBe('喜欢早起');
    expect(c.needs).toEqual(['生日祝贺', '物品代购']);
    expect(c.tags).toEqual(['elderly', 'sporty', 'busy']);
    expect(c.notes).toBe('门口放鞋套\n希望安静');
    // Without the answers (no consent) only the butler's record remains.
    expect(combineProfile(recorded, null, '2026-03-01').tags).toEqual(['busy']);
    expect(profileSummary(c)).toEqual({ tags: c.tags, members: [{ name: '吴先生', relation: 'self' }, { name: '吴老太', relation: 'parent' }], needs: c.needs, preferences: [] });
  });

  it('the history names the parts that changed', () => {
    expect(changedProfileFields(emptyProfile(), { ...emptyProfile(), needs: ['x'], notes: 'y' })).toEqual(['needs', 'notes']);
  });

  it.each([
    [3, 'under6'],
    [17, '6to17'],
    [60, '60to69'],
    [95, '80plus'],
  ] as const)('age %i is band %s', (age, band) => {
    expect(ageBandOf(age)).toBe(band);
  });
});
