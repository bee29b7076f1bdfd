class Robot:
    def __init__(self):
        self.speed = 5
    def move(self):
        return speed * 2

Robot().move()
