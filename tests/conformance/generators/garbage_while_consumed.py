# A generator that makes lots of short-lived objects while list(), sum(), sorted(), max() and
# str.join() consume it: every item must survive whatever cleaning up happens meanwhile.
def words(n):
    for i in range(n):
        scratch = [str(j) * 3 for j in range(20)]  # garbage on every step
        yield "w" + scratch[i % 20] + str(i)


def pairs(n):
    for i in range(n):
        junk = {k: [k] * 5 for k in range(10)}
        yield (i, str(i) * 2, junk[i % 10][0])


collected = list(words(8000))
print(len(collected), collected[0], collected[4321], collected[-1])

together = "-".join(words(5000))
print(len(together), together[:30], together[-30:])

print(sum(len(w) for w in words(5000)))
print(sorted(words(2000))[:3], max(words(2000)))

triples = tuple(pairs(5000))
print(len(triples), triples[0], triples[2999], triples[-1])
print(sum(t[0] for t in pairs(5000)), min(pairs(3000))[1])
