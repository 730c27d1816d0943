# == and != between complex and other numbers
print(1 + 0j == 1, 1 == 1 + 0j, 1.0 == complex(1), 1j == 1)
print(1 + 2j == 1 + 2j, 1 + 2j != 1 + 2j, 1 + 2j != 2 + 1j)
print(complex(2**53 + 1, 0) == 2**53 + 1, complex(2**53, 0) == 2**53)
print(1j == 'j', 1j != None, 0j == False, 1 + 0j == True)
nan = float('nan')
print(complex(nan, 0) == complex(nan, 0))
print(1j in [1, 2, 1j], [1j, 2j].index(2j), (0, 1j).count(1j))
