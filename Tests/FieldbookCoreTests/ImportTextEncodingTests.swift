import Foundation
import Testing
@testable import FieldbookCore

@Suite struct ImportTextEncodingTests {
    let text = "统一社会信用代码,企业名称\n91420303MA48K2T787,十堰鑫泰汽车零部件有限公司\n"

    @Test func utf8WithoutBOM() throws {
        let decoded = try #require(TextEncoding.decode(Data(text.utf8)))
        #expect(decoded.text == text)
        #expect(decoded.encoding == .utf8)
    }

    @Test func utf8BOMIsDropped() throws {
        let decoded = try #require(TextEncoding.decode(Data([0xEF, 0xBB, 0xBF] + Array(text.utf8))))
        #expect(decoded.text == text)
        #expect(decoded.encoding == .utf8)
    }

    @Test func gb18030IsDetected() throws {
        let bytes = try #require(TextEncoding.encode(text, as: .gb18030))
        #expect(bytes.count < text.utf8.count)  // two bytes per hanzi, not three: really GB18030
        #expect(String(validating: bytes, as: UTF8.self) == nil)
        let decoded = try #require(TextEncoding.decode(bytes))
        #expect(decoded.text == text)
        #expect(decoded.encoding == .gb18030)
    }

    @Test func gb18030FourByteCharactersRoundTrip() throws {
        // 𠀀 (U+20000) lies outside GBK; GB18030 encodes it in four bytes.
        let rare = "㐀𠀀鿕"
        let bytes = try #require(TextEncoding.encode(rare, as: .gb18030))
        #expect(TextEncoding.decode(bytes, as: .gb18030)?.text == rare)
    }

    @Test func forcingUTF8OnGB18030BytesFails() throws {
        let bytes = try #require(TextEncoding.encode(text, as: .gb18030))
        #expect(TextEncoding.decode(bytes, as: .utf8) == nil)
    }

    @Test func bomFollowedByInvalidUTF8IsNeither() {
        #expect(TextEncoding.decode(Data([0xEF, 0xBB, 0xBF, 0xC4, 0xE3])) == nil)
    }
}
