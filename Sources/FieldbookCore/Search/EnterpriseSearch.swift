import GRDB

/// Search-as-you-type over the registry (docs/search.md). Each kind of match is one indexed
/// query that stops at the page size; kinds run best first until the page is full, so the cost
/// depends on the page, not on the registry.
enum EnterpriseSearch {
    static func search(_ rawQuery: String, filter: EnterpriseFilter, limit: Int, _ db: Database)
    throws -> [EnterpriseSearchResult] {
        let trimmed = rawQuery.trimmingCharacters(in: .whitespacesAndNewlines)
        let normalized = SearchText.normalizedQuery(trimmed)
        guard !normalized.isEmpty, limit > 0 else { return [] }
        let isLatin = normalized.allSatisfy { $0.isASCII && $0.isLetter }
        let upper = normalized.uppercased()
        let couldBeCode = upper.allSatisfy { CreditCode.alphabet.contains($0) } && upper.count <= 18
        let codeFirst = couldBeCode && normalized.first!.isNumber

        var plan: [(SearchMatch, () throws -> [Enterprise])] = []
        let filterSQL: SQL = filter.predicate.map { "AND \($0)" } ?? ""
        func range(_ column: String, _ prefix: String, order: String) -> () throws -> [Enterprise] {
            {
                try Enterprise.fetchAll(db, SQLRequest<Enterprise>(literal: SQL("""
                    SELECT * FROM enterprise WHERE \(sql: column) >= \(prefix) AND \(sql: column) < \(prefix + "\u{10FFFF}")
                    \(filterSQL) ORDER BY \(sql: order) LIMIT \(limit)
                    """)))
            }
        }
        func fts(_ table: String, _ match: String) -> () throws -> [Enterprise] {
            {
                try Enterprise.fetchAll(db, SQLRequest<Enterprise>(literal: SQL("""
                    SELECT enterprise.* FROM \(sql: table) AS f
                    JOIN enterpriseSearchDoc ON enterpriseSearchDoc.docid = f.rowid
                    JOIN enterprise ON enterprise.id = enterpriseSearchDoc.enterpriseId
                    WHERE \(sql: table) MATCH \(match) \(filterSQL) LIMIT \(limit)
                    """)))
            }
        }
        // One character: its single-character token; more: the phrase of its character pairs.
        let tokens = SearchText.characterTokens(normalized)
        let pairs = "\"" + SearchText.pairs(tokens).joined(separator: " ") + "\""
        let nameMatch = tokens.count == 1 ? "nameChars : \"\(tokens[0])\"" : "namePairs : \(pairs)"
        let pinyinPrefix = String(normalized.prefix(EnterpriseSearchKeys.suffixLimit))

        plan.append((.exactName, {
            try Enterprise.fetchAll(db, SQLRequest<Enterprise>(literal: SQL("SELECT * FROM enterprise WHERE name = \(trimmed) \(filterSQL) LIMIT \(limit)")))
        }))
        if codeFirst { plan.append((.creditCodePrefix, range("creditCode", upper, order: "creditCode"))) }
        plan.append((.namePrefix, range("name", trimmed, order: "name")))
        if isLatin {
            plan.append((.initialsPrefix, range("nameInitials", normalized, order: "nameInitials, namePinyin")))
            plan.append((.pinyinPrefix, range("namePinyin", normalized, order: "namePinyin")))
        }
        plan.append((.nameSubstring, fts("enterpriseTextFts", nameMatch)))
        if isLatin { plan.append((.pinyinInside, fts("enterprisePinyinFts", "\"\(pinyinPrefix)\" *"))) }
        if couldBeCode && !codeFirst { plan.append((.creditCodePrefix, range("creditCode", upper, order: "creditCode"))) }
        // A single character matches too many addresses to help.
        if tokens.count > 1 { plan.append((.address, fts("enterpriseTextFts", "addressPairs : \(pairs)"))) }

        var results: [EnterpriseSearchResult] = []
        var seen = Set<String>()
        for (match, run) in plan {
            for enterprise in try run() where seen.insert(enterprise.id).inserted {
                results.append(EnterpriseSearchResult(enterprise: enterprise, match: match))
                if results.count == limit { return results }
            }
        }
        return results
    }
}
