#pragma once

// Choosing a file to read or to write, starting in the folder used last for that kind of file (remembered in
// QSettings under `key`, e.g. "import/dir"; the user's documents folder the first time).

#include <QString>

class QWidget;

namespace tp::FileChooser {

// The file chosen, or an empty string when the user cancelled.
QString openFile(QWidget* parent, const QString& caption, const QString& filter, const QString& key);
// `suggestedName` is offered in the remembered folder; `suffix` (without the dot) is added when the user left it off.
QString saveFile(QWidget* parent, const QString& caption, const QString& suggestedName, const QString& filter,
    const QString& suffix, const QString& key);
// A CSV file as schools send them (or a text file): the filter of every list import.
QString csvFilter();

} // namespace tp::FileChooser
