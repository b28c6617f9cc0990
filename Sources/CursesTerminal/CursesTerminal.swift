import CNCursesW
enum Placeholder {}
