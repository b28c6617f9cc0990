import Crypto
import FieldbookCore
import Foundation

/// The encrypted form of a bundle (`.fbsealed`): the bundle's zip bytes encrypted to
/// headquarters' X25519 key with HPKE (RFC 9180, DHKEM(X25519, HKDF-SHA256), HKDF-SHA256,
/// ChaCha20-Poly1305, base mode), in 1 MiB chunks so neither side holds two copies of a large
/// bundle. Layout (see docs/bundle-format.md):
///
///     "FBSEALED" 0x01 | u32 header length | header JSON | { u32 length | ciphertext }…
///
/// Every chunk authenticates SHA-256(header) and a final-chunk flag: a reordered, dropped,
/// truncated or appended chunk, or a changed header, makes decryption fail.
public enum SealedEnvelope {
    public static let magic = Data("FBSEALED".utf8) + Data([version])
    /// The envelope version this program writes and reads: the byte after "FBSEALED".
    public static let version: UInt8 = 1
    static let signature = Data("FBSEALED".utf8)
    static let chunkSize = 1 << 20
    static let info = Data("fieldbook sealed bundle v1".utf8)
    static var suite: HPKE.Ciphersuite { .Curve25519_SHA256_ChachaPoly }

    struct Header: Codable {
        var suite: String
        var recipient: String
        var encapsulatedKey: String
        var chunkSize: Int
    }

    /// Whether the bytes are an envelope of any version, so that one this program cannot read is
    /// refused for its version, not as "not a zip file".
    public static func isSealed(_ prefix: Data) -> Bool { prefix.starts(with: signature) }

    /// Encrypts the file at `input` into a new file at `output`.
    public static func seal(input: URL, output: URL, recipient: String) throws {
        let key = try PublicKeyText.agreementKey(recipient)
        var sender = try HPKE.Sender(recipientKey: key, ciphersuite: suite, info: info)
        let header = try JSONEncoder().encode(Header(
            suite: "DHKEM(X25519,HKDF-SHA256)/HKDF-SHA256/ChaCha20Poly1305", recipient: recipient,
            encapsulatedKey: sender.encapsulatedKey.base64EncodedString(), chunkSize: chunkSize))
        let headerDigest = Data(SHA256.hash(data: header))
        guard FileManager.default.createFile(atPath: output.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: output.path])
        }
        let out = try FileHandle(forWritingTo: output)
        defer { try? out.close() }
        let source = try FileHandle(forReadingFrom: input)
        defer { try? source.close() }
        try out.write(contentsOf: magic + bigEndian(UInt32(header.count)) + header)
        var chunk = try source.read(upToCount: chunkSize) ?? Data()
        while true {
            let next = try source.read(upToCount: chunkSize) ?? Data()
            let final = next.isEmpty
            let sealed = try sender.seal(chunk, authenticating: headerDigest + Data([final ? 1 : 0]))
            try out.write(contentsOf: bigEndian(UInt32(sealed.count)) + sealed)
            if final { break }
            chunk = next
        }
        try out.synchronize()
    }

    /// Decrypts a sealed file's bytes with headquarters' private key. `file` names it in errors.
    public static func open(_ data: Data, privateKey: Curve25519.KeyAgreement.PrivateKey, file: String) throws -> Data {
        var plain = Data()
        try open(ArchiveBytes.memory(data), privateKey: privateKey, file: file) { plain += $0 }
        return plain
    }

    /// Decrypts the sealed file at `url` into a private temporary file, one chunk at a time, so a
    /// large sealed bundle is never held whole (the file goes when the returned value does).
    static func open(_ url: URL, privateKey: Curve25519.KeyAgreement.PrivateKey, file: String) throws -> TemporaryFile {
        let plain = try TemporaryFile(name: "bundle.zip")
        do {
            let out = try FileHandle(forWritingTo: plain.url)
            defer { try? out.close() }
            try open(ArchiveBytes.file(url), privateKey: privateKey, file: file) { try out.write(contentsOf: $0) }
        } catch let error as SyncError {
            throw error
        } catch {
            if let problem = StorageProblem(error) { throw SyncError.importNotStored(file, place: plain.url.path, problem) }
            throw SyncError.badFile(file, .unreadable((error as NSError).localizedDescription))
        }
        return plain
    }

    /// Decrypts the envelope in `bytes`, handing each chunk's plaintext to `emit` in order.
    static func open(_ bytes: ArchiveBytes, privateKey: Curve25519.KeyAgreement.PrivateKey, file: String,
                     emit: (Data) throws -> Void) throws {
        func fail(_ problem: BundleProblem) -> SyncError { .badFile(file, problem) }
        let reader = try bytes.reader()
        let size = bytes.count
        func read(_ range: Range<Int>) throws -> Data? {
            guard range.upperBound <= size else { return nil }
            let data = try reader.read(range)
            return data.count == range.count ? data : nil
        }
        func length(at offset: Int) throws -> Int? {
            try read(offset..<offset + 4).map { $0.reduce(0) { ($0 << 8) | Int($1) } }
        }
        guard size > signature.count, let versionByte = try read(signature.count..<signature.count + 1) else {
            throw fail(.sealedCorrupt("header"))
        }
        guard versionByte[versionByte.startIndex] == version else {
            throw fail(.sealedVersion(found: Int(versionByte[versionByte.startIndex]), supported: Int(version)))
        }
        var offset = magic.count
        guard let headerLength = try length(at: offset), let headerData = try read(offset + 4..<offset + 4 + headerLength),
              let header = try? JSONDecoder().decode(Header.self, from: headerData),
              let encapsulated = Data(base64Encoded: header.encapsulatedKey) else {
            throw fail(.sealedCorrupt("header"))
        }
        let headerDigest = Data(SHA256.hash(data: headerData))
        offset += 4 + headerLength
        let ours = PublicKeyText.format(privateKey.publicKey.rawRepresentation, kind: .x25519)
        guard header.recipient == ours else {
            throw fail(.sealedForAnotherKey(PublicKeyText.fingerprint(header.recipient)))
        }
        var recipient: HPKE.Recipient
        do {
            recipient = try HPKE.Recipient(privateKey: privateKey, ciphersuite: suite, info: info,
                                           encapsulatedKey: encapsulated)
        } catch { throw fail(.sealedCorrupt("key")) }
        var index = 0
        while true {
            guard let chunkLength = try length(at: offset), let sealed = try read(offset + 4..<offset + 4 + chunkLength) else {
                throw fail(.sealedCorrupt("chunk \(index + 1) is truncated"))
            }
            offset += 4 + chunkLength
            let final = offset == size
            let plain: Data
            do {
                plain = try recipient.open(sealed, authenticating: headerDigest + Data([final ? 1 : 0]))
            } catch { throw fail(.sealedCorrupt("chunk \(index + 1) does not authenticate")) }
            try emit(plain)
            index += 1
            if final { return }
        }
    }

    private static func bigEndian(_ value: UInt32) -> Data {
        withUnsafeBytes(of: value.bigEndian) { Data($0) }
    }
}
