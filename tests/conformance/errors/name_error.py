# 만든 적 없는 이름을 쓰면 NameError
score = 10
print(score)
print(zzyzx_qwv)
