// The region's letters as people type them on a Russian keyboard (detect/case_fold.h,
// "Keyboard fold"). Kazakh, Kyrgyz, Tajik and Uzbek Cyrillic writers without their
// own layout write the nearest Russian letter: "толем" for "төлем", "кызмет" for
// "қызмет", "тулов" for "тўлов", "чавоб" for "ҷавоб". Each letter, upper and lower
// case, folds to that Russian letter (lower case); every pair is two UTF-8 bytes on
// both sides, so folding moves no offset. Left out: Kazakh і (U+0456) — its
// keyboard stand-ins are Latin i (one byte) and и, and Ukrainian and Belarusian
// write і as a letter of their own.
#include "detect/case_fold.h"

namespace tapwatch {

// (letter, Russian letter), sorted by `from`.
const CaseFoldPair kKeyboardFoldPairs[] = {
    {0x040E, 0x0443},  // Ў -> у (Uzbek)
    {0x045E, 0x0443},  // ў -> у
    {0x0492, 0x0433},  // Ғ -> г (Kazakh, Tajik, Uzbek)
    {0x0493, 0x0433},  // ғ -> г
    {0x049A, 0x043A},  // Қ -> к (Kazakh, Tajik, Uzbek)
    {0x049B, 0x043A},  // қ -> к
    {0x04A2, 0x043D},  // Ң -> н (Kazakh, Kyrgyz)
    {0x04A3, 0x043D},  // ң -> н
    {0x04AE, 0x0443},  // Ү -> у (Kazakh, Kyrgyz)
    {0x04AF, 0x0443},  // ү -> у
    {0x04B0, 0x0443},  // Ұ -> у (Kazakh)
    {0x04B1, 0x0443},  // ұ -> у
    {0x04B2, 0x0445},  // Ҳ -> х (Tajik, Uzbek)
    {0x04B3, 0x0445},  // ҳ -> х
    {0x04B6, 0x0447},  // Ҷ -> ч (Tajik)
    {0x04B7, 0x0447},  // ҷ -> ч
    {0x04BA, 0x0445},  // Һ -> х (Kazakh)
    {0x04BB, 0x0445},  // һ -> х
    {0x04D8, 0x0430},  // Ә -> а (Kazakh)
    {0x04D9, 0x0430},  // ә -> а
    {0x04E2, 0x0438},  // Ӣ -> и (Tajik)
    {0x04E3, 0x0438},  // ӣ -> и
    {0x04E8, 0x043E},  // Ө -> о (Kazakh, Kyrgyz)
    {0x04E9, 0x043E},  // ө -> о
    {0x04EE, 0x0443},  // Ӯ -> у (Tajik)
    {0x04EF, 0x0443},  // ӯ -> у
};
const size_t kKeyboardFoldPairCount = sizeof(kKeyboardFoldPairs) / sizeof(kKeyboardFoldPairs[0]);

}  // namespace tapwatch
