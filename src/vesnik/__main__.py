from vesnik.cli import app

app(prog_name="vesnik")
