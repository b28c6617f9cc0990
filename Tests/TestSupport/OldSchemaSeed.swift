/// Rows as a laptop database of an older schema stores them, for the tests of a migration: the
/// employment-risk checklist version 1 with one item (LC-01) and one enterprise (`E1`), in the
/// columns every schema since `v2` has (today's models carry later columns, so the tests cannot
/// insert through them). Plain SQL text, so this module needs no database library.
public enum OldSchemaSeed {
    public static let checklistAndEnterprise = """
        INSERT INTO checklistTemplate (id, version, titleZh, titleEn, loadedAt, updatedAt)
          VALUES ('employment-risk', 1, '用工风险排查清单', 'Employment-risk checklist', '2024-05-20T02:00:00.000Z',
                  '2024-05-20T02:00:00.000Z');
        INSERT INTO checklistSection (templateId, templateVersion, code, position, titleZh, titleEn)
          VALUES ('employment-risk', 1, 'LC', 1, '劳动合同', 'Labour contracts');
        INSERT INTO checklistItem (templateId, templateVersion, sectionCode, code, position, labelZh, labelEn, weight)
          VALUES ('employment-risk', 1, 'LC', 'LC-01', 1, '订立书面劳动合同', 'Written contracts', 3);
        INSERT INTO enterprise (id, creditCode, name, district, revision, updatedAt, changeSeq)
          VALUES ('E1', '91420303MA48K2T787', '十堰鑫泰汽车零部件有限公司', '张湾区', 1, '2024-05-20T02:00:00.000Z', 1);
        """
}
