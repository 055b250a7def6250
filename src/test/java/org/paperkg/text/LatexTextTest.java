package org.paperkg.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The LaTeX the sample abstracts really hold, and what a reader should see instead. */
class LatexTextTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\u0000', value = {
            "we propose \\textit{Analytic-DPM}, a training-free | we propose Analytic-DPM, a training-free",
            "enjoys a $20\\times$ to $80\\times$ speed up. | enjoys a 20× to 80× speed up.",
            "the state matrix \\( A \\), this system | the state matrix A , this system",
            "moir\\'e patterns | moiré patterns",
            "the na\\\"{i}ve implementation | the naïve implementation",
            "Polyak-{\\L}ojasiewicz | Polyak-Łojasiewicz",
            "drop up to 90\\% of | drop up to 90% of",
            "e.g.\\ that the answer | e.g. that the answer",
            "an implicit \\emph{simplicity bias} which | an implicit simplicity bias which",
            "almost {\\it de rigueur} when | almost de rigueur when",
            "a quantity {\\Psi} to analyze | a quantity Ψ to analyze",
            "(\\eg adapters) | (e.g. adapters)",
            "The generality of \\frameworkname is | The generality of frameworkname is",
            "also referred to as ``content'') | also referred to as “content”)",
            "\\newcommand{\\rvar}[1]{\\mathrm {#1}}\\newcommand{\\rvec}[1]{\\boldsymbol{\\mathrm{#1}}}Quantile regression given \\rvecX. | Quantile regression given X.",
            "plain text stays   plain | plain text stays plain"})
    void toPlain(String latex, String plain) {
        assertEquals(plain.strip(), LatexText.toPlain(latex.strip()));
    }
}
