class MyError(ValueError):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
    def __str__(self):
        return f"코드 {self.code}"
print("시작")
raise MyError(7)
