import TerminalKit

extension AppEnvironment {
    /// The file chooser's words in the current language, for every chooser of the interface
    /// (attaching evidence, loading the registry, a template or a pack).
    func chooserLabels(title: String) -> FileChooserLabels {
        let text = self.text
        return FileChooserLabels(
            title: title, path: text.chooserPath, name: text.chooserName, size: text.chooserSize,
            modified: text.chooserModified, folder: text.chooserFolder, parent: text.chooserParent,
            hints: text.chooserHints, emptyDirectory: text.chooserEmpty,
            chosen: { [text] in text.chooserChosen($0) }, cannotRead: { [text] in text.chooserCannotRead($0) },
            noMatch: text.chooserNoMatch, matches: { [text] in text.chooserMatches($0) },
            notFound: { [text] in text.chooserNotFound($0) })
    }
}
