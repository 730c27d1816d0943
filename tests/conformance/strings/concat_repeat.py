# 문자열 더하기와 곱하기
first = '새'
second = '싹'
print(first + second)
print('ab' + 'cd' + 'ef')
print('=' * 10)
print(3 * 'ha')
print('한글' * 0 + '|')
print('-' * -2 + '|')
line = ''
for i in range(3):
    line += str(i)
print(line)
print('')
print(len(''))
