import CDeflate

/// Flate (zlib) compression for streams. The output depends only on the input and zlib's
/// algorithm at a fixed level, so documents stay byte-for-byte reproducible.
enum Flate {
    static func compress(_ input: [UInt8]) -> [UInt8]? {
        var length = compressBound(uLong(input.count))
        var output = [UInt8](repeating: 0, count: Int(length))
        let status = input.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                compress2(target.baseAddress, &length, source.baseAddress, uLong(input.count), 9)
            }
        }
        guard status == Z_OK else { return nil }
        return Array(output.prefix(Int(length)))
    }
}
