# 무엇이 참이고 무엇이 거짓일까?
values = [0, 1, -1, 0.0, 0.5, '', 'a', [], [0], None, True, False]
for v in values:
    if v:
        print(v, '참')
    else:
        print(v, '거짓')
