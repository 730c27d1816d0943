class LogMixin:
    def log(self, msg):
        print(f"[{type(self).__name__}] {msg}")
class SaveMixin:
    def save(self):
        self.log("저장합니다")
        return True
class Document(LogMixin, SaveMixin):
    def __init__(self, title):
        self.title = title
        self.log(f"{title} 만듦")
d = Document("숙제")
print(d.save())
print(isinstance(d, LogMixin), isinstance(d, SaveMixin))
