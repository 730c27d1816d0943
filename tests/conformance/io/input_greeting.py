# input 으로 이름 받기
name = input('이름이 뭐예요? ')
print('안녕,', name + '!')
print('이름은', len(name), '글자예요')
