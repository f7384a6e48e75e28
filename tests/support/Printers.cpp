#include "Printers.h"

#include <cctype>

namespace tp::test {

std::string testName(const std::string& words)
{
    std::string name;
    bool upper = true;
    for (const char c : words) {
        if (std::isalnum(static_cast<unsigned char>(c))) {
            name += upper ? char(std::toupper(static_cast<unsigned char>(c))) : c;
            upper = false;
        } else {
            upper = true;
        }
    }
    return name.empty() ? std::string("Unnamed") : name;
}

} // namespace tp::test
