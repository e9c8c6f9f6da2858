import { describe, expect, it } from '@jest/globals';
import { organisationKind, termYears } from './organisationKinds';
import { organisationKey } from './organisationKey';

describe('organisationKind', () => {
  it.each([
    ['党委', '党委'],
    ['二级党委', '党委'],
    ['中共某县财政局机关委员会', '党委'],
    ['党总支', '党总支'],
    ['中共某县教育局总支部委员会', '党总支'],
    ['党支部', '党支部'],
    ['在职教工党支部', '党支部'],
    ['中共某县财政局支部委员会', '党支部'],
    ['联合党支部', '联合党支部'],
    ['临时党支部', '临时党组织'],
    ['某县财政局党组', '党组'],
    ['县直机关工委', '党工委'],
    ['中共某县直属机关工作委员会', '党工委'],
    ['631', '党支部'],
    ['632', '联合党支部'],
    ['611', '党委'],
    ['９３１', '临时党组织'],
  ] as const)('%s → %s', (text, kind) => {
    expect(organisationKind(text)).toBe(kind);
  });
  it.each(['院系党组织', '党小组', '', '事业单位'])('%p names no kind', (text) => {
    expect(organisationKind(text)).toBeUndefined();
  });
});

describe('termYears (中办《关于党的基层组织任期的意见》)', () => {
  it('gives 党委 5 years, 党总支 and 党支部 3, 村 and 社区 5, and none to appointed bodies', () => {
    expect(termYears('党委', '中共某县财政局机关委员会')).toBe(5);
    expect(termYears('党支部', '某县财政局党支部')).toBe(3);
    expect(termYears('党总支', '某县教育局党总支')).toBe(3);
    expect(termYears('党支部', '城东社区党支部')).toBe(5);
    expect(termYears('党支部', '石桥村党支部')).toBe(5);
    expect(termYears('党支部', '乡村振兴局党支部')).toBe(3);
    expect(termYears('临时党组织', '某项目临时党支部')).toBeUndefined();
    expect(termYears('党组', '某县财政局党组')).toBeUndefined();
  });
});

describe('organisationKey', () => {
  it('makes the spellings of one organisation meet', () => {
    expect(organisationKey('中共某县财政局支部委员会')).toBe('某县财政局支部');
    expect(organisationKey('某县财政局 党支部')).toBe('某县财政局支部');
    expect(organisationKey('中国共产党某县财政局机关委员会')).toBe(organisationKey('某县财政局机关党委'));
    expect(organisationKey('中共某县教育局总支部委员会')).toBe(organisationKey('某县教育局党总支'));
    expect(organisationKey('第一党支部')).not.toBe(organisationKey('第二党支部'));
  });
});
