# 리스트 안의 리스트
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(grid)
print(grid[1])
print(grid[1][2])
print(grid[-1][-1])
for row in grid:
    line = ''
    for cell in row:
        line += str(cell) + ' '
    print(line)
grid.append([])
print(len(grid), len(grid[3]))
