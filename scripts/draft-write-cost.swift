// What one write of the drafts file costs, with and without fsync (docs/reliability.md, "Drafts").
// The same steps as SessionStore.replace. Run: swiftc -O scripts/draft-write-cost.swift -o /tmp/dwc && /tmp/dwc DIR
import Foundation
import Glibc
// Same steps as SessionStore.replace: write a temp file, optionally fsync, rename over the target.
func replace(_ path: String, _ data: Data, sync: Bool) {
    let tmp = path + ".tmp"
    let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    _ = data.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) }
    if sync { fsync(fd) }
    close(fd)
    rename(tmp, path)
}
let dir = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "/tmp"
let path = dir + "/bench.drafts"
// A typical drafts file: one visit form draft of a 200-character note (JSON ~ 700 bytes).
let payload = Data(("[{\"route\":{\"visit\":{\"id\":\"6F1C1A4E-9D7B-4F43-8E55-0C9A4B7D2E11\"}},\"draft\":{\"fields\":{\"notes\":\"" + String(repeating: "现场", count: 100) + "\"},\"focus\":\"notes\",\"cursor\":200}}]").utf8)
for sync in [false, true] {
    var samples: [Double] = []
    for _ in 0..<(sync ? 300 : 2000) {
        let start = DispatchTime.now().uptimeNanoseconds
        replace(path, payload, sync: sync)
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1000)
    }
    samples.sort()
    func p(_ q: Double) -> Double { samples[min(samples.count - 1, Int(Double(samples.count) * q))] }
    print("fsync=\(sync) n=\(samples.count) bytes=\(payload.count) median=\(Int(p(0.5))) µs p90=\(Int(p(0.9))) µs p99=\(Int(p(0.99))) µs max=\(Int(samples.last!)) µs")
}
