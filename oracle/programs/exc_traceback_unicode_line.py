名前 = {"キー": 1}
print(名前["キー"])
résumé = "naïve"
print(résumé + 名前["ない"])
