/// The faces a document draws with, in order of preference: each character is drawn with the
/// first face that has a glyph for it (a CJK face first, then fallbacks for symbols such as ✓ ✗).
public struct FontSet: Sendable {
    public let faces: [TrueTypeFont]

    public init(_ faces: [TrueTypeFont]) {
        precondition(!faces.isEmpty, "a font set needs at least one face")
        self.faces = faces
    }

    /// Where a character's glyph comes from: face index, glyph number, advance in em.
    /// A character no face has is drawn as `?` from the first face that has that.
    public func place(_ scalar: Unicode.Scalar) -> (face: Int, glyph: Int, advance: Double) {
        for (index, face) in faces.enumerated() {
            if let glyph = face.glyph(for: scalar) {
                return (index, glyph, Double(face.advance(of: glyph)) / Double(face.unitsPerEm))
            }
        }
        if scalar != "?" { return place("?") }
        return (0, 0, Double(faces[0].advance(of: 0)) / Double(faces[0].unitsPerEm))
    }

    /// Whether some face has a glyph for the character.
    public func covers(_ scalar: Unicode.Scalar) -> Bool {
        faces.contains { $0.glyph(for: scalar) != nil }
    }

    /// The width of `text` at `size` points.
    public func width(of text: some StringProtocol, size: Double) -> Double {
        var total = 0.0
        for scalar in text.unicodeScalars where !Self.isInvisible(scalar) { total += place(scalar).advance }
        return total * size
    }

    /// Characters that take no room and draw nothing (control characters, joiners, variation selectors).
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x200B ... 0x200F).contains(scalar.value) || (0xFE00 ... 0xFE0F).contains(scalar.value)
            || scalar.properties.generalCategory == .nonspacingMark
    }
}
