// Renders a table window of a 100,000-row registry (fetched rows only) and reports the CPU time
// per frame (thread CPU time, so other processes on a busy machine do not count).
// Not a test: figures depend on the machine. Run: scripts/table-benchmark/run.sh
import Glibc

let names = ["北京华信科技有限公司", "Acme Trading 上海", "广州市白云区劳务派遣服务中心", "深圳 Shenzhen Tech"]
let risks = ["低", "中", "高", "重大"]
let columns = [TableColumn("企业名称", width: .fill(2), isSortable: true), TableColumn("统一社会信用代码", width: .fixed(18)),
               TableColumn("地址", width: .fill(1)), TableColumn("风险", width: .fixed(4)),
               TableColumn("上次检查", width: .fixed(10)), TableColumn("员工", width: .fixed(6), alignment: .right)]

func fetch(_ rows: Range<Int>) -> [TableRow] {
    rows.map { i in
        TableRow([names[i % 4] + " \(i)", "91110000MA0\(i % 10)XYZ12", "北京市朝阳区建国路 \(i) 号 Building",
                  risks[i % 4], "2024-05-01", "\(i % 5000)"])
    }
}

func perFrame(width: Int, height: Int, frames: Int = 2000) -> Duration {
    let area = Rect(x: 0, y: 0, width: width, height: height)
    let state = TableState(selected: 50_000, offset: 49_990)
    let window = Table(columns: columns, totalCount: 100_000).visibleRows(in: area, state: state)
    let table = Table(columns: columns, rows: fetch(window), firstRow: window.lowerBound, totalCount: 100_000, isFocused: true)
    var buffer = Buffer(width: width, height: height)
    for _ in 0..<100 { table.render(in: area, buffer: &buffer, state: state) }
    let start = threadCPUTime()
    for _ in 0..<frames { table.render(in: area, buffer: &buffer, state: state) }
    return (threadCPUTime() - start) / frames
}

func threadCPUTime() -> Duration {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return .seconds(spec.tv_sec) + .nanoseconds(spec.tv_nsec)
}

func microseconds(_ d: Duration) -> String {
    let (seconds, attoseconds) = d.components
    return "\(seconds * 1_000_000 + attoseconds / 1_000_000_000_000) µs"
}

for (width, height) in [(80, 24), (120, 40), (200, 60)] {
    print("table \(width)×\(height) (\(height - 2) rows × 6 columns): \(microseconds(perFrame(width: width, height: height))) CPU per render")
}
