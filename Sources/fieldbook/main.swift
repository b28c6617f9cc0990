print("Fieldbook: under construction")
