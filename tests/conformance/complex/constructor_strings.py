# complex('...') parses the same forms as repr produces
for text in ['1+2j', '  3-4j  ', '(5+6j)', ' ( 7-8j ) ', 'j', '-j', '+j', '2j', '1e3-2.5e-1j',
             'inf+nanj', '-infj', '1_000+2_0j', '1.5', '(1)', '0j', '-0-0j', 'INF', 'NaNj']:
    print(repr(text), complex(text))
for bad in ['', '1+', '1+2', 'j1', '1 + 2j', '(1+2j', 'abc', '1__0j', '1+2jj', '()']:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), 'ValueError:', e)
