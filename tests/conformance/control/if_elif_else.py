# 점수에 따라 등급 매기기
def grade(score):
    if score >= 90:
        return 'A'
    elif score >= 80:
        return 'B'
    elif score >= 70:
        return 'C'
    else:
        return 'F'

print(grade(95), grade(85), grade(70), grade(12))

weather = '비'
if weather == '맑음':
    print('소풍 가요!')
elif weather == '비':
    print('우산을 챙겨요.')
else:
    print('집에서 놀아요.')

if 3 > 2:
    print('3이 더 커요')
