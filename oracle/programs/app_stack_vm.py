PUSH, ADD, SUB, MUL, JMP, JZ, DUP, PRINT, HALT, SWAP, OVER = range(11)
def run(code):
    stack, pc, out, steps = [], 0, [], 0
    while True:
        steps += 1
        op = code[pc]
        pc += 1
        if op == PUSH:
            stack.append(code[pc]); pc += 1
        elif op == ADD:
            b = stack.pop(); stack.append(stack.pop() + b)
        elif op == SUB:
            b = stack.pop(); stack.append(stack.pop() - b)
        elif op == MUL:
            b = stack.pop(); stack.append(stack.pop() * b)
        elif op == DUP:
            stack.append(stack[-1])
        elif op == SWAP:
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == OVER:
            stack.append(stack[-2])
        elif op == JMP:
            pc = code[pc]
        elif op == JZ:
            target = code[pc]; pc += 1
            if stack.pop() == 0:
                pc = target
        elif op == PRINT:
            out.append(stack[-1])
        elif op == HALT:
            return out, steps, stack
        else:
            raise ValueError(f"bad opcode {op} at {pc - 1}")
# factorial of 20 with the stack holding [acc, n]
fact = [PUSH, 1, PUSH, 20]
loop = len(fact)
fact += [DUP, JZ, 0, SWAP, OVER, MUL, SWAP, PUSH, 1, SUB, JMP, loop, HALT]
fact[loop + 2] = len(fact) - 1
out, steps, stack = run(fact)
print(stack, steps)
try:
    run([PUSH, 1, 99])
except ValueError as e:
    print(e)
try:
    run([ADD])
except IndexError as e:
    print("IndexError:", e)
