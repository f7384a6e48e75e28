#pragma once

#include "Finding.h"

#include <QDialog>

namespace tp {

struct ImportReport;
class FindingsModel;

// What an import found, before (preview) or after it is stored: file, encoding, rows, totals, findings.
class ImportReportDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { Preview, Done };
    ImportReportDialog(const ImportReport& report, Mode mode, QWidget* parent = nullptr);
};

} // namespace tp
