def validate(record):
    try:
        return int(record["age"])
    except ValueError as e:
        e.add_note(f"while validating record {record['id']}")
        e.add_note("hint: age must be an integer")
        raise
validate({"id": 7, "age": "old"})
