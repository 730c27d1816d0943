# 로켓 발사 카운트다운
import time

for n in range(5, 0, -1):
    print(n, "...")
    time.sleep(0.002)
print("발사! 🚀")
t0 = time.perf_counter()
time.sleep(0.02)
print("기다린 시간이 0.01초 이상?", time.perf_counter() - t0 >= 0.01)
