# Dict- and str-heavy work: generate a long text deterministically from a small vocabulary,
# then count words, letters and bigrams, and find the most common ones.
# Exercises: str.split, str.lower, str.strip, str.join, dict.get, `in`, dict iteration, sorting.
import sys

WORDS = ("the quick brown fox jumps over lazy dog while a small bird sings in tall green tree "
         "near river where children play and read books about stars planets moon sun light "
         "Python notebook garden seed grows slowly every day with water").split()


def make_text(n_words):
    # A linear congruential generator picks the words, so the text is the same everywhere.
    state = 12345
    out = []
    for i in range(n_words):
        state = (state * 1103515245 + 12345) % 2147483648
        word = WORDS[state % len(WORDS)]
        if i % 11 == 0:
            word = word.capitalize()
        if i % 17 == 16:
            word += "."
        elif i % 7 == 6:
            word += ","
        out.append(word)
    return " ".join(out)


def count_words(text):
    counts = {}
    for raw in text.split():
        word = raw.strip(".,").lower()
        counts[word] = counts.get(word, 0) + 1
    return counts


def count_letters(text):
    counts = {}
    for ch in text:
        if ch.isalpha():
            if ch in counts:
                counts[ch] += 1
            else:
                counts[ch] = 1
    return counts


def count_bigrams(text):
    words = [w.strip(".,").lower() for w in text.split()]
    counts = {}
    for a, b in zip(words, words[1:]):
        key = a + " " + b
        counts[key] = counts.get(key, 0) + 1
    return counts


def top(counts, k):
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:k]


def main(n_words):
    text = make_text(n_words)
    print("characters:", len(text))
    words = count_words(text)
    print("distinct words:", len(words))
    print("top words:", top(words, 5))
    letters = count_letters(text)
    print("top letters:", top(letters, 5))
    bigrams = count_bigrams(text)
    print("distinct bigrams:", len(bigrams), "top:", top(bigrams, 3))
    sentences = text.split(". ")
    print("sentences:", len(sentences), "longest:", max(len(s) for s in sentences))
    upper = text.upper().count("PYTHON")
    print("PYTHON appears", upper, "times; 'seed' at", text.find("seed"))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 120000)
