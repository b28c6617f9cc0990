/// Makes a registry of plausible Shiyan enterprises: names assembled from place, trade name and
/// line of business, addresses on the district's real streets, valid and unique credit codes,
/// and ratings, red-list flags and titles in roughly the proportions of the 2023 reply.
struct SyntheticEnterprises {
    private var names: Set<String> = []
    private var codes: Set<String> = []

    mutating func make(_ random: inout SeededRandom, ids: inout SyntheticIDs) -> Enterprise {
        typealias V = SyntheticVocabulary
        let place = random.weighted(V.places.map { ($0, $0.weight) })
        let trade = random.weighted(V.trades.map { ($0, $0.weight) })
        var name = ""
        repeat {
            let brand = String([random.pick(V.brandCharacters), random.pick(V.brandCharacters)])
            name = place.namePrefix + brand + trade.nameWord + random.weighted(V.suffixes)
        } while !names.insert(name).inserted

        var code = ""
        repeat {
            code = creditCode(region: place.regionCode, &random)
        } while !codes.insert(code).inserted

        let ownership = random.weighted(V.ownerships)
        // An individual business (个体工商户) is registered with entity type 2 under authority 9:
        // its code starts 92 (GB 32100-2015), with its own check character. Drawn after the code
        // so that every other enterprise keeps the code it had.
        if ownership == Self.individualBusiness {
            code = CreditCode.completing("92" + code.dropFirst(2).dropLast())!
        }
        let employees = random.int(in: trade.employees)
        let rating: IntegrityRating = random.weighted([(.a, 30), (.b, 4), (.c, 2), (.none, 64)])
        let title: HarmoniousTitle = employees < 100 ? .none
            : random.weighted([(.none, 90), (.city, 7), (.provincial, 2), (.national, 1)])
        let address = place.addressPrefix + random.pick(place.streets) + "\(random.int(in: 1...320))号"
        let contact = String(random.pick(V.surnames)) + random.pick(V.givenNames)
        return Enterprise(
            id: ids.next(&random), creditCode: code, name: name, address: address, district: place.district,
            industry: trade.industry, ownershipType: ownership, employeeCount: employees,
            contactPerson: contact, phone: phone(&random), integrityRating: rating,
            redList: trade.construction && rating == .a && random.chance(70), harmoniousTitle: title,
            source: .registry)
    }

    static let individualBusiness = "个体工商户"

    /// 9 (registration authority: market regulation) 1 (enterprise) + region + organisation code.
    private func creditCode(region: String, _ random: inout SeededRandom) -> String {
        let alphabet = CreditCode.alphabet
        // Codes issued since 2015 carry "MA" plus six symbols; older firms kept a numeric code.
        var body: [Character] = random.chance(75) ? ["M", "A"] : []
        while body.count < 8 {
            body.append(body.count < 2 ? alphabet[random.below(10)] : alphabet[random.below(alphabet.count)])
        }
        return CreditCode.completing("91" + region + OrganizationCode.completing(body))!
    }

    private func phone(_ random: inout SeededRandom) -> String {
        if random.chance(50) {
            return "0719-" + String(random.int(in: 2_000_000...8_999_999))
        }
        let prefix = random.pick(["133", "135", "138", "139", "150", "152", "158", "159", "177", "180", "186", "189"])
        return prefix + String(random.int(in: 10_000_000...99_999_999))
    }
}
