import ArgumentParser
import FieldbookCore

// Core's enums are parsed straight from the command line by their raw values.
extension Language: ExpressibleByArgument {}
extension TextEncoding: ExpressibleByArgument {}
